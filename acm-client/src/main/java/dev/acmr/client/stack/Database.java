package dev.acmr.client.stack;

/**
 * The stack's PostgreSQL database: its URL ({@code postgresql://host:port/name}), the postmaster's pid (null when the
 * launcher cannot tell: a server elsewhere, or a launcher older than the field) and health.
 */
public record Database(String url, Long pid, Health health) {

    /** The database name, the URL's last segment. */
    public String name() {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The server's port, from the URL. */
    public String port() {
        return url.replaceAll(".*:(\\d+)/.*", "$1");
    }
}
