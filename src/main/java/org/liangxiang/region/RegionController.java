package org.liangxiang.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data: look up divisions and the offices that serve a township. */
@RestController
@RequestMapping(path = "/api/regions", produces = "application/json")
@Tag(name = "Regions", description = "The division tree (statistics bureau 2023 edition and later imports) and offices")
@ApiResponse(
        responseCode = "400",
        description = "a code breaks the format rules (6, 9 or 12 digits; no village codes)",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "no division of any edition has the code (or the name path)",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A division by code, current or retired, with its parents, name path and validity")
    @ApiResponse(responseCode = "200", description = "the division")
    RegionView byCode(@PathVariable @Parameter(example = "410102", description = "6, 9 or 12 digits") String code) {
        return view(regions.get(code));
    }

    @GetMapping
    @Operation(summary = "A current division by its names from the province down")
    @ApiResponse(responseCode = "200", description = "the division")
    RegionView byNamePath(
            @RequestParam
                    @Parameter(
                            example = "河南省 郑州市 中原区",
                            description = "full names from the province down; spaces optional; 市辖区 may be left out")
                    String path) {
        return view(regions.findByNamePath(path).orElseThrow(() -> new UnknownNamePathException(path)));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The current children of a division, by code")
    @ApiResponse(responseCode = "200", description = "the children (empty for a township)")
    List<RegionView.Summary> children(@PathVariable @Parameter(example = "410100") String code) {
        return regions.children(code).stream().map(RegionView.Summary::of).toList();
    }

    @GetMapping("/{code}/offices")
    @Operation(summary = "The township office, county federation and county civil-affairs bureau serving a township")
    @ApiResponse(responseCode = "200", description = "one office per kind")
    List<Office> offices(@PathVariable @Parameter(example = "410102001", description = "a township code") String code) {
        return regions.officesFor(code);
    }

    private RegionView view(Region region) {
        return RegionView.of(region, regions.parentChain(region.code()), regions.namePath(region.code()));
    }
}
