package cn.xietong.signing.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What each incremental update after a signature changed. The file is cut at the end of every
 * signed revision; consecutive revisions are loaded and their objects compared. Adding a signature
 * may only add new objects and change: the catalog's /AcroForm, the AcroForm's /Fields (growing by
 * signature fields) and /SigFlags, and a page's /Annots (growing by signature widgets). Anything
 * else, and any bytes not covered by a later signature, is an "other change".
 */
final class RevisionChanges {

    private static final Set<COSName> CATALOG_MAY_CHANGE = Set.of(COSName.ACRO_FORM);
    private static final Set<COSName> PAGE_MAY_CHANGE = Set.of(COSName.ANNOTS);
    private static final Set<COSName> ACROFORM_MAY_CHANGE = Set.of(COSName.FIELDS, COSName.SIG_FLAGS);

    /** One stretch of the file between two revision ends. */
    record Segment(int from, int to, boolean signed, List<String> otherChanges) {
    }

    private final byte[] pdf;
    private final List<Segment> segments = new ArrayList<>();

    private RevisionChanges(byte[] pdf) {
        this.pdf = pdf;
    }

    /**
     * @param signedEnds where each signature's byte range ends (valid ranges only)
     */
    static RevisionChanges analyse(byte[] pdf, SortedSet<Integer> signedEnds) {
        RevisionChanges r = new RevisionChanges(pdf);
        List<Integer> ends = new ArrayList<>(signedEnds);
        if (ends.isEmpty() || ends.get(ends.size() - 1) != pdf.length) {
            ends.add(pdf.length);
        }
        Map<Integer, PDDocument> loaded = new HashMap<>();
        try {
            for (int k = 0; k + 1 < ends.size(); k++) {
                int from = ends.get(k);
                int to = ends.get(k + 1);
                boolean signed = signedEnds.contains(to);
                List<String> changes = new ArrayList<>();
                if (!signed) {
                    changes.add((to - from) + " bytes after the last signed revision are not covered by any signature");
                }
                PDDocument before = r.load(loaded, from);
                PDDocument after = r.load(loaded, to);
                if (before == null || after == null) {
                    changes.add("the revision ending at byte " + (before == null ? from : to) + " cannot be read");
                } else {
                    try {
                        changes.addAll(compare(before, after));
                    } catch (RuntimeException e) {
                        changes.add("the revisions ending at bytes " + from + " and " + to + " cannot be compared: " + e);
                    }
                }
                r.segments.add(new Segment(from, to, signed, changes));
                PDDocument done = loaded.remove(from);
                if (done != null) {
                    PdfInput.closeQuietly(done);
                }
            }
        } finally {
            loaded.values().forEach(PdfInput::closeQuietly);
        }
        return r;
    }

    /** The changes after a signature whose byte range ends at {@code end}; empty if there are none. */
    List<String> otherChangesAfter(int end) {
        List<String> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.from() >= end) {
                out.addAll(s.otherChanges());
            }
        }
        return out;
    }

    /** How many later signed revisions follow the one ending at {@code end}. */
    int signedRevisionsAfter(int end) {
        return (int) segments.stream().filter(s -> s.from() >= end && s.signed()).count();
    }

    private PDDocument load(Map<Integer, PDDocument> loaded, int end) {
        return loaded.computeIfAbsent(end, e -> {
            try {
                return Loader.loadPDF(Arrays.copyOf(pdf, e));
            } catch (Exception ex) {
                return null;
            }
        });
    }

    private static List<String> compare(PDDocument beforeDoc, PDDocument afterDoc) {
        List<String> changes = new ArrayList<>();
        COSDocument before = beforeDoc.getDocument();
        COSDocument after = afterDoc.getDocument();
        if (!same(before.getTrailer().getItem(COSName.ROOT), after.getTrailer().getItem(COSName.ROOT))) {
            changes.add("the document catalog was replaced");
        }
        if (after.getTrailer().getItem(COSName.ENCRYPT) != null && before.getTrailer().getItem(COSName.ENCRYPT) == null) {
            changes.add("encryption was added");
        }
        Map<COSObjectKey, Long> xrefBefore = before.getXrefTable();
        for (Map.Entry<COSObjectKey, Long> e : after.getXrefTable().entrySet()) {
            COSObjectKey key = e.getKey();
            Long offsetBefore = xrefBefore.get(key);
            if (offsetBefore == null || offsetBefore.equals(e.getValue())) {
                continue; // a new object, or the same definition
            }
            COSBase a = resolve(before.getObjectFromPool(key));
            COSBase b = resolve(after.getObjectFromPool(key));
            if (same(a, b)) {
                continue;
            }
            String problem = problemWithChange(a, b);
            if (problem != null) {
                changes.add("object " + key.getNumber() + " " + key.getGeneration() + " (" + describe(b) + ") " + problem);
            }
        }
        return changes;
    }

    /** Null if the change from {@code a} to {@code b} is one that adding a signature makes. */
    private static String problemWithChange(COSBase a, COSBase b) {
        if (a instanceof COSStream || b instanceof COSStream) {
            return "has a changed stream";
        }
        if (a instanceof COSArray aa && b instanceof COSArray ab) {
            return grewBySignaturesOnly(aa, ab) ? null : "was changed other than by adding signatures";
        }
        if (!(a instanceof COSDictionary da) || !(b instanceof COSDictionary db)) {
            return "was replaced";
        }
        return dictionaryProblem(da, db);
    }

    private static String dictionaryProblem(COSDictionary da, COSDictionary db) {
        Set<COSName> mayChange;
        if (COSName.CATALOG.equals(db.getCOSName(COSName.TYPE))) {
            mayChange = CATALOG_MAY_CHANGE;
        } else if (COSName.PAGE.equals(db.getCOSName(COSName.TYPE))) {
            mayChange = PAGE_MAY_CHANGE;
        } else if (db.containsKey(COSName.FIELDS) && !db.containsKey(COSName.TYPE)) {
            mayChange = ACROFORM_MAY_CHANGE;
        } else {
            return "was changed";
        }
        Set<COSName> keys = new HashSet<>(da.keySet());
        keys.addAll(db.keySet());
        for (COSName k : keys) {
            COSBase va = da.getItem(k);
            COSBase vb = db.getItem(k);
            if (same(va, vb)) {
                continue;
            }
            if (!mayChange.contains(k)) {
                return "has a changed /" + k.getName();
            }
            if (COSName.SIG_FLAGS.equals(k)) {
                continue;
            }
            COSBase ra = resolve(va);
            COSBase rb = resolve(vb);
            if (COSName.ACRO_FORM.equals(k)) {
                if (va instanceof COSObject && vb instanceof COSObject) {
                    return "points to another AcroForm";
                }
                String p = dictionaryProblem(ra instanceof COSDictionary d ? d : new COSDictionary(),
                        rb instanceof COSDictionary d2 ? d2 : new COSDictionary());
                if (p != null) {
                    return "has an AcroForm that " + p;
                }
                continue;
            }
            // /Annots or /Fields: may only grow by signature widgets / fields
            if (vb instanceof COSObject && va instanceof COSObject && same(va, vb)) {
                continue;
            }
            COSArray arrayA = ra instanceof COSArray x ? x : new COSArray();
            if (!(rb instanceof COSArray arrayB) || !grewBySignaturesOnly(arrayA, arrayB)) {
                return "has /" + k.getName() + " changed other than by adding signatures";
            }
        }
        return null;
    }

    /** Whether {@code b} holds every element of {@code a} and otherwise only signature fields/widgets. */
    private static boolean grewBySignaturesOnly(COSArray a, COSArray b) {
        List<COSBase> remaining = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            remaining.add(b.get(i));
        }
        for (int i = 0; i < a.size(); i++) {
            COSBase x = a.get(i);
            boolean found = false;
            for (int j = 0; j < remaining.size(); j++) {
                if (same(x, remaining.get(j))) {
                    remaining.remove(j);
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        for (COSBase added : remaining) {
            if (!(resolve(added) instanceof COSDictionary d) || !isSignatureFieldOrWidget(d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignatureFieldOrWidget(COSDictionary d) {
        if (COSName.SIG.equals(d.getCOSName(COSName.FT))) {
            return true;
        }
        return COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))
                && d.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent
                && COSName.SIG.equals(parent.getCOSName(COSName.FT));
    }

    private static COSBase resolve(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    /**
     * Structural equality where an indirect reference equals a reference to the same object number;
     * streams compare their dictionaries and raw (still encoded) bytes.
     */
    static boolean same(COSBase a, COSBase b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof COSObject oa || b instanceof COSObject) {
            if (!(a instanceof COSObject oa2) || !(b instanceof COSObject ob)) {
                return false;
            }
            return oa2.getObjectNumber() == ob.getObjectNumber() && oa2.getGenerationNumber() == ob.getGenerationNumber();
        }
        if (a instanceof COSDictionary da && b instanceof COSDictionary db) {
            if (da.size() != db.size() || (a instanceof COSStream) != (b instanceof COSStream)) {
                return false;
            }
            for (Map.Entry<COSName, COSBase> e : da.entrySet()) {
                if (!db.containsKey(e.getKey()) || !same(e.getValue(), db.getItem(e.getKey()))) {
                    return false;
                }
            }
            if (a instanceof COSStream sa && b instanceof COSStream sb) {
                try (var ia = sa.createRawInputStream(); var ib = sb.createRawInputStream()) {
                    return Arrays.equals(ia.readAllBytes(), ib.readAllBytes());
                } catch (Exception ex) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSArray aa && b instanceof COSArray ab) {
            if (aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!same(aa.get(i), ab.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static String describe(COSBase b) {
        if (b instanceof COSDictionary d) {
            COSName type = d.getCOSName(COSName.TYPE);
            if (type != null) {
                return "/" + type.getName();
            }
            if (d.containsKey(COSName.FIELDS)) {
                return "AcroForm";
            }
            return b instanceof COSStream ? "stream" : "dictionary";
        }
        return b == null ? "null" : b.getClass().getSimpleName().replace("COS", "").toLowerCase();
    }
}
