vcl 4.1;
# The portal's front cache. Anonymous readers share cached pages; editors, forms, the admin and
# per-visitor answers always reach the web tier. Pages say how long they may be cached
# (Cache-Control: s-maxage, stale-while-revalidate), and wagtail.contrib.frontend_cache purges
# every URL that shows a page when it is published, unpublished, moved or deleted.

include "backend.vcl";

# Who may purge: the web tier and the worker (the compose network, or this machine in CI).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    # One id per request, shared by Varnish's log, the application's JSON log and the response.
    if (!req.http.X-Request-ID) {
        set req.http.X-Request-ID = "v" + req.xid;
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from " + client.ip));
        }
        # The URL and every query-string variant of it: a filtered listing
        # (?category=...), a filtered feed (calendar.ics?country=...), a search on a page.
        # Bans on obj.* alone are checked by the ban lurker too, so memory is freed.
        ban("obj.http.X-Url ~ ^" + regsuball(regsub(req.url, "\?.*$", ""), "([.+*()$])", "[\1]") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    # Static files are stored compressed beside the originals (brotli and gzip): ask the web
    # tier for the best one the reader takes, one cached copy per encoding.
    if (req.url ~ "^/static/") {
        if (req.http.Accept-Encoding ~ "\bbr\b") {
            set req.http.Accept-Encoding = "br";
        } elsif (req.http.Accept-Encoding ~ "\bgzip\b") {
            set req.http.Accept-Encoding = "gzip";
        } else {
            unset req.http.Accept-Encoding;
        }
        set req.http.X-Static-Encoding = req.http.Accept-Encoding;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        # Signing, writing to a government, subscribing, the admin's forms.
        return (pass);
    }
    # The admin, the language redirect at / (by cookie, then Accept-Language), documents (their
    # collection's privacy is checked per request, downloads are counted), the health check and
    # the two-step sign-in are never shared. The live count (count.json) is: it says
    # s-maxage=2, so the polls of a viral petition's readers reach the web tier once in 2 s.
    # Its Access-Control-Allow-Origin: * (partners' pages read it) is stored with the object
    # and so sent on hits too: nothing below removes it, and it does not vary by Origin.
    if (req.url ~ "^/(admin|django-admin|documents)/"
        || req.url ~ "^/(\?.*)?$"
        || req.url ~ "^/healthz") {
        return (pass);
    }
    # Logged-in editors (the Wagtail userbar, previews) get their own, uncached pages.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous readers: no cookie reaches the cache key or the web tier (the language cookie
    # only matters at /, passed above).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # One site behind one name: the URL alone is the key, so a purge sent with the site's
    # configured host (BASE_URL) reaches the copy readers got under any host or port.
    hash_data(req.url);
    # One copy per encoding for static files (Varnish's own gzip handling ignores Vary here).
    if (req.http.X-Static-Encoding) {
        hash_data(req.http.X-Static-Encoding);
    }
    return (lookup);
}

sub vcl_backend_fetch {
    # Varnish asks for gzip only by default; brotli copies must reach the readers who take them.
    if (bereq.http.X-Static-Encoding) {
        set bereq.http.Accept-Encoding = bereq.http.X-Static-Encoding;
    }
    unset bereq.http.X-Static-Encoding;
}

sub vcl_backend_response {
    # Which URL an object was fetched for, so that a purge can ban its query-string variants.
    set beresp.http.X-Url = bereq.url;
    # A response that sets a cookie belongs to one visitor.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Cache-Control decides (s-maxage over max-age; private/no-store are never stored by the
    # built-in logic); stale-while-revalidate becomes grace, so a viral page keeps being served
    # while one request refreshes it.
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Request-ID = req.http.X-Request-ID;
    # Readers' browsers follow the page's max-age, not the shared-cache lifetime.
    unset resp.http.X-Url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    synthetic(resp.reason);
    return (deliver);
}
