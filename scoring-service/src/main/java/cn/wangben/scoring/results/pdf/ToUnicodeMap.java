package cn.wangben.scoring.results.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the font's ToUnicode map from the characters actually shown. PDFBox derives it from the font's cmap, and
 * where a CJK font gives an ideograph and its Kangxi radical one glyph (一 and ⼀, 青 and ⻘) it picks the lower code
 * point, the radical: copied or searched text would then not be the name on the certificate.
 */
final class ToUnicodeMap {
    /** The PDF limit of entries in one bfchar block. */
    private static final int BLOCK = 100;

    private ToUnicodeMap() {}

    /**
     * Replaces the ToUnicode stream of every composite font on the first page of a saved (so already subset, since
     * saving is what subsets and would rebuild the map) and reloaded document.
     */
    static void apply(PDDocument document, CmapLookup cmap, String shown) throws IOException {
        Map<Integer, Integer> unicodeByCid = new TreeMap<>();
        shown.codePoints().forEach(cp -> {
            // with Identity-H, PDFBox writes the original glyph id as the CID, also in a subset
            int cid = cmap.getGlyphId(cp);
            if (cid != 0) {
                unicodeByCid.putIfAbsent(cid, cp);
            }
        });
        byte[] map = cmap(unicodeByCid).getBytes(StandardCharsets.US_ASCII);
        PDResources resources = document.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            if (resources.getFont(name) instanceof PDType0Font) {
                resources
                        .getFont(name)
                        .getCOSObject()
                        .setItem(
                                COSName.TO_UNICODE,
                                new PDStream(document, new ByteArrayInputStream(map), COSName.FLATE_DECODE));
            }
        }
    }

    private static String cmap(Map<Integer, Integer> unicodeByCid) {
        StringBuilder s = new StringBuilder()
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicodeByCid.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += BLOCK) {
            var block = entries.subList(from, Math.min(entries.size(), from + BLOCK));
            s.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                s.append('<')
                        .append(String.format("%04X", e.getKey()))
                        .append("> <")
                        .append(HexFormat.of()
                                .withUpperCase()
                                .formatHex(new String(Character.toChars(e.getValue()))
                                        .getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            s.append("endbfchar\n");
        }
        return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
                .toString();
    }
}
