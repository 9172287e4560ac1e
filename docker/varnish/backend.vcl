# The web tier Varnish forwards to. docker/compose.yaml uses this file; the production check
# (`make production-check`) runs a copy of default.vcl beside its own backend.vcl (127.0.0.1
# and a free port), so both run the same rules.
backend web {
    .host = "web";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .request = "GET /healthz HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 5s;
        .timeout = 3s;
        .window = 5;
        .threshold = 3;
    }
}
