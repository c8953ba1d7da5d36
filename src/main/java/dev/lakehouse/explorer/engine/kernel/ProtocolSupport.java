package dev.lakehouse.explorer.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Protocol facts the reader needs beyond what Kernel says: the features an old-style protocol implies, and which
 * reader features this reader can honour.
 */
final class ProtocolSupport {
    static final int MAX_READER_VERSION = 3;

    /**
     * Kernel 3.3's supported reader features, less {@code variantType-preview}: Kernel accepts it, but its default
     * Parquet reader fails on variant columns ("variant is not supported"), so refusing up front gives a clearer
     * message than failing mid-read.
     */
    private static final Set<String> READER_FEATURES = Set.of("columnMapping", "deletionVectors", "timestampNtz",
            "typeWidening-preview", "typeWidening", "vacuumProtocolCheck", "v2Checkpoint");

    private ProtocolSupport() {
    }

    /**
     * Reader and writer features, sorted. Protocols from before table features (reader &lt; 3, writer &lt; 7) list
     * none; their versions imply them (Delta's PROTOCOL.md), and users compare tables by feature, not by number.
     */
    static List<String> features(int minReader, int minWriter, List<String> readerFeatures, List<String> writerFeatures) {
        var all = new TreeSet<String>();
        if (minReader >= 3) {
            all.addAll(readerFeatures);
        } else if (minReader == 2) {
            all.add("columnMapping");
        }
        if (minWriter >= 7) {
            all.addAll(writerFeatures);
        } else {
            all.addAll(impliedWriterFeatures(minWriter));
        }
        return List.copyOf(all);
    }

    private static List<String> impliedWriterFeatures(int minWriter) {
        var implied = new ArrayList<String>();
        if (minWriter >= 2) {
            implied.addAll(List.of("appendOnly", "invariants"));
        }
        if (minWriter >= 3) {
            implied.add("checkConstraints");
        }
        if (minWriter >= 4) {
            implied.addAll(List.of("changeDataFeed", "generatedColumns"));
        }
        if (minWriter >= 5) {
            implied.add("columnMapping");
        }
        if (minWriter >= 6) {
            implied.add("identityColumns");
        }
        return implied;
    }

    /** "reader feature X, which this reader does not support", naming the variant type when that is the cause. */
    static String featuresText(Set<String> features) {
        String names = String.join(", ", features);
        String hint = features.stream().anyMatch(f -> f.startsWith("variantType")) ? " (the variant type)" : "";
        return (features.size() == 1 ? "reader feature " : "reader features ") + names + hint
                + ", which this reader does not support";
    }

    /**
     * What in this protocol the reader cannot read, to follow "needs" ("Delta reader version 4 (…)"), or null when
     * it can.
     */
    static String unsupported(int minReader, List<String> readerFeatures) {
        if (minReader > MAX_READER_VERSION) {
            return "Delta reader version " + minReader + " (this reader supports 1–" + MAX_READER_VERSION + ")";
        }
        if (minReader == MAX_READER_VERSION) {
            var unknown = new TreeSet<>(readerFeatures);
            unknown.removeAll(READER_FEATURES);
            if (!unknown.isEmpty()) {
                return featuresText(unknown);
            }
        }
        return null;
    }
}
