"""A local stand-in for Google Translate's endpoint, speaking the protocol googletrans uses.

HTTPS on loopback with a test CA (googletrans always builds https:// URLs): point googletrans at
it with the service URL "127.0.0.1:<port>" and trust the CA through SSL_CERT_FILE. For a service
URL other than Google's API host googletrans speaks the web-app protocol: it first reads a token
seed (TKK) from the home page, then calls /translate_a/single.
"""
import json
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import trustme

MARK = {"hi": "हिंदी", "fr": "FR", "es": "ES", "de": "DE", "en": "EN"}


class GoogleStandIn:
    def __init__(self, ca_path):
        self.mode = "ok"  # or "429", or "hang"
        self.requests = 0
        ca = trustme.CA()
        ca.cert_pem.write_to_path(str(ca_path))
        self.ca_path = str(ca_path)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(context)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.service_url = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self):
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if not self.path.startswith("/translate_a/single"):
                    return self._reply(200, "text/html", "<script>tkk:'446379.1364508470'</script>")
                standin.requests += 1
                if standin.mode == "hang":
                    time.sleep(5)  # by then the client has given up: a hung service never answers
                    return
                if standin.mode == "429":
                    return self._reply(429, "text/plain", "Too Many Requests")
                params = parse_qs(urlsplit(self.path).query)
                text, src, dest = params["q"][0], params["sl"][0], params["tl"][0]
                body = json.dumps([[[f"[{MARK.get(dest, dest)}] {text}", text, None, None, 10]], None, src])
                self._reply(200, "application/json; charset=utf-8", body)

            def _reply(self, status, content_type, body):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        return Handler

    def close(self):
        self.server.shutdown()
