package org.liangxiang.shared.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed copies of one shipped font file, lent to one document at a time. Parsing the Chinese font (4 MB, its glyph
 * tables and character maps) for every document was most of a notice's rendering time (docs/performance.md, issue 4);
 * a parsed font reads its tables lazily and keeps them, so a copy is never shared by two documents at once. Copies
 * beyond {@link #KEPT} (more documents rendered at once than that) are parsed for the document and dropped.
 */
final class ParsedFonts {

    static final int KEPT = 2;

    private final byte[] file;
    private final ConcurrentLinkedQueue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    ParsedFonts(byte[] file) {
        this.file = file;
    }

    TrueTypeFont borrow() {
        TrueTypeFont font = idle.poll();
        return font != null ? font : parse();
    }

    void giveBack(TrueTypeFont font) {
        if (idle.size() < KEPT) {
            idle.offer(font);
        }
    }

    private TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a document font", e);
        }
    }
}
