# socketserver/http.server in a thread answering http.client and urllib.request over 127.0.0.1.
import http.server, threading, http.client, socketserver, urllib.request
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"path={self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
t = threading.Thread(target=srv.serve_forever, daemon=True); t.start()
c = http.client.HTTPConnection("127.0.0.1", srv.server_address[1])
c.request("GET", "/hello")
r = c.getresponse(); print(r.status, r.read())
print(urllib.request.urlopen(f"http://127.0.0.1:{srv.server_address[1]}/x").read())
srv.shutdown(); srv.server_close()
