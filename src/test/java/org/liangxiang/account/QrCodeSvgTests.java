package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The enrolment QR code: an SVG that a QR reader decodes back to the otpauth URI. */
class QrCodeSvgTests {

    @Test
    void theSvgDecodesToTheOtpauthUri() throws Exception {
        String uri = SecondFactors.otpauthUri("zz-clerk", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        String svg = QrCodeSvg.of(uri, "二维码 <label>");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"二维码 &lt;label&gt;\"");
        assertThat(new QRCodeReader().decode(bitmap(svg)).getText()).isEqualTo(uri);
        assertThat(uri)
                .startsWith("otpauth://totp/Liangxiang%3Azz-clerk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                .contains("issuer=Liangxiang")
                .contains("digits=6")
                .contains("period=30");
    }

    /** Rasterises the SVG's unit squares at 4 pixels a module. */
    private static BinaryBitmap bitmap(String svg) {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int width = modules * scale;
        int[] pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * width + x * scale + dx] = 0xFF000000;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, width, pixels);
        return new BinaryBitmap(new HybridBinarizer(source));
    }
}
