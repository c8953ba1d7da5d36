package dev.lakehouse.explorer.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Spark master URL the app can run on: {@code local}, {@code local[N]}, {@code local[*]} (the default) or a
 * standalone cluster {@code spark://HOST:PORT[,HOST:PORT…]}. Checked before Spark starts, because Spark's own
 * errors for a bad URL are stack traces, and an unreachable standalone master only fails after minutes of retries.
 */
public record MasterUrl(String url) {
    public static final String DEFAULT = "local[*]";
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9]\\d*)(,\\s*[1-9]\\d*)?])?");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:(\\d{1,5})");

    public static MasterUrl parse(String url) {
        String u = url == null || url.isBlank() ? DEFAULT : url.trim();
        if (LOCAL.matcher(u).matches()) {
            return new MasterUrl(u);
        }
        if (u.startsWith("spark://")) {
            for (String hp : u.substring("spark://".length()).split(",")) {
                if (!HOST_PORT.matcher(hp).matches()) {
                    throw invalid(u, "'" + hp + "' is not HOST:PORT");
                }
            }
            return new MasterUrl(u);
        }
        throw invalid(u, "use local[*], local[N] or spark://HOST:PORT");
    }

    private static InvalidRequestException invalid(String url, String why) {
        return new InvalidRequestException("Invalid --master '" + url + "': " + why + ".");
    }

    public boolean isLocal() {
        return url.startsWith("local");
    }

    /** The host:port pairs of a standalone master (empty for local). */
    public List<InetSocketAddress> masters() {
        List<InetSocketAddress> out = new ArrayList<>();
        if (!isLocal()) {
            for (String hp : url.substring("spark://".length()).split(",")) {
                int colon = hp.lastIndexOf(':');
                out.add(InetSocketAddress.createUnresolved(hp.substring(0, colon), Integer.parseInt(hp.substring(colon + 1))));
            }
        }
        return out;
    }

    /** Fails fast with a clear message when no standalone master answers on its port. */
    public void checkReachable(int timeoutMillis) {
        if (isLocal()) {
            return;
        }
        String last = "";
        for (InetSocketAddress a : masters()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a.getHostString(), a.getPort()), timeoutMillis);
                return;
            } catch (IOException e) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new EngineUnavailableException("Cannot reach the Spark master at " + url + " (" + last
                + "): is the cluster running?");
    }
}
