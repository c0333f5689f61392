"""taplo, the TOML 1.0 toolkit most editors use, judges three things:

1. toml-1-0-portability: commstrat warns on a file exactly when taplo's
   parser refuses it (`taplo check --no-schema`).
2. The schema: taplo validates the bundled examples against it.
3. Hover: in `taplo lsp`, a key shows its own description from the schema,
   not the generic text of its type ("A slug: ...").

Usage: taplo_check.py TAPLO COMMSTRAT
"""

import json
import os
import select
import subprocess
import sys
import tempfile
import time

TAPLO, COMMSTRAT = sys.argv[1], sys.argv[2]


def portability_warned(path):
    run = subprocess.run(
        [COMMSTRAT, "check", path, "--format", "json"], capture_output=True, text=True
    )
    report = json.loads(run.stdout)
    return any(d["name"] == "toml-1-0-portability" for d in report["diagnostics"])


def taplo_refuses(path):
    run = subprocess.run(
        [TAPLO, "check", "--no-schema", path], capture_output=True, text=True
    )
    return run.returncode != 0


def starter(folder):
    subprocess.run([COMMSTRAT, "init", folder], check=True, capture_output=True)
    return os.path.join(folder, "strategy.toml")


work = tempfile.mkdtemp()
# Without its `#:schema` line, which taplo follows even with --no-schema:
# only the syntax is judged here.
text = open(starter(os.path.join(work, "starter"))).read().split("\n", 1)[1]
TRAITS = 'traits = [{ is = "friendly", is_not = "over-familiar" }]'
assert TRAITS in text
variants = {
    "the starter": text,
    "an inline table over lines": text.replace(
        TRAITS, 'traits = [{\n  is = "friendly",\n  is_not = "over-familiar"\n}]'
    ),
    "a comment in an inline table": text.replace(
        TRAITS, 'traits = [{ is = "friendly", # warm\n is_not = "over-familiar" }]'
    ),
    "a trailing comma": text.replace(
        TRAITS, 'traits = [{ is = "friendly", is_not = "over-familiar", }]'
    ),
    "a multi-line array in an inline table": text.replace(
        TRAITS, 'traits = [{ is = "friendly", is_not = "over-familiar" }]\nx = { a = [\n 1,\n 2,\n] }'
    ),
    "\\e": text.replace('name = "My Brand"', 'name = "My \\e Brand"'),
    "\\x": text.replace('name = "My Brand"', 'name = "My \\x41 Brand"'),
    "an escaped backslash before x": text.replace(
        'name = "My Brand"', 'name = "My \\\\x41 Brand"'
    ),
    "a time without seconds": text + "x = 09:30\n",
    "a time with seconds": text + "x = 09:30:00\n",
    "a date-time without seconds": text + "x = 2026-05-01T09:30Z\n",
    "a date-time with a space, without seconds": text + "x = 2026-05-01 09:30\n",
}
files = {name: os.path.join(work, f"variant-{i}.toml") for i, name in enumerate(variants)}
for name, body in variants.items():
    with open(files[name], "w") as f:
        f.write(body)
cases = list(files.items())
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for folder in ["strategies", "tests/fixtures/rules/toml-1-0-portability"]:
    for name in sorted(os.listdir(os.path.join(root, folder))):
        if name.endswith(".toml"):
            cases.append((f"{folder}/{name}", os.path.join(root, folder, name)))

disagree = []
refused = 0
for name, path in cases:
    warned, refuses = portability_warned(path), taplo_refuses(path)
    refused += refuses
    if warned != refuses:
        disagree.append(f"{name}: commstrat warns {warned}, taplo refuses {refuses}")
if disagree:
    sys.exit("toml-1-0-portability disagrees with taplo:\n" + "\n".join(disagree))
assert refused >= 6, refused
print(f"ok: toml-1-0-portability agrees with taplo on {len(cases)} files ({refused} refused)")

schema = "file://" + os.path.join(root, "schemas/strategy.schema.json")
examples = sorted(
    os.path.join(root, "strategies", n)
    for n in os.listdir(os.path.join(root, "strategies"))
    if n.endswith(".toml")
)
subprocess.run([TAPLO, "check", "--schema", schema, *examples], check=True, capture_output=True)
print(f"ok: taplo validates the {len(examples)} examples against the schema")


class Lsp:
    def __init__(self):
        self.process = subprocess.Popen(
            [TAPLO, "lsp", "stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # Unbuffered, so that select() sees every byte not yet read.
            bufsize=0,
        )
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("taplo lsp closed its output")
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = b""
        while len(body) < length:
            chunk = self.process.stdout.read(length - len(body))
            if not chunk:
                raise SystemExit("taplo lsp closed its output")
            body += chunk
        return json.loads(body)

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id and "method" not in message:
                return message.get("result")
            if "method" in message and "id" in message:
                # A request of the server (its configuration): the defaults.
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": [{}]})

    def wait_for(self, method, seconds):
        """Read messages, answering the server's requests, until a
        notification `method` arrives or nothing has come for `seconds`."""
        while select.select([self.process.stdout], [], [], seconds)[0]:
            message = self.receive()
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": [{}]})
            elif message.get("method") == method:
                return True
        return False

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})


folder = os.path.join(work, "editor")
path = starter(folder)
text = open(path).read()
lines = text.split("\n")
uri = "file://" + path
lsp = Lsp()
lsp.request("initialize", {"processId": None, "rootUri": "file://" + folder, "capabilities": {}})
lsp.notify("initialized", {})
# The server asks for its configuration, then sets its workspace up.
lsp.wait_for("none", 1)
lsp.notify(
    "textDocument/didOpen",
    {"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}},
)
lsp.wait_for("textDocument/publishDiagnostics", 10)
schema = json.load(open(os.path.join(root, "schemas/strategy.schema.json")))
top, voice = schema["properties"], schema["properties"]["voice"]["properties"]
# Keys of the top level and of [voice]; taplo 0.10 shows nothing for the
# keys of [[networks]] and other lists of tables, whatever the schema.
expected = {
    "id": top["id"]["description"],
    "timezone": top["timezone"]["description"],
    "person": voice["person"]["description"],
}
generic = schema["$defs"]["Id"]["description"]
shown = {}
for key in expected:
    line = next(i for i, l in enumerate(lines) if l.startswith(key + " ="))
    for _ in range(25):  # the schema may still be loading
        hover = lsp.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": 1}},
        )
        if hover:
            break
        time.sleep(0.2)
    contents = (hover or {}).get("contents", "")
    shown[key] = contents.get("value", "") if isinstance(contents, dict) else str(contents)
lsp.process.kill()
wrong = [f"{k}: {shown[k]!r}, expected {v!r}" for k, v in expected.items() if v not in shown[k]]
if generic in shown["id"]:
    wrong.append(f"id shows its type's description {generic!r}")
if wrong:
    sys.exit("taplo's hover does not show each key's own description:\n" + "\n".join(wrong))
print(f"ok: taplo's hover shows the own description of {', '.join(expected)}")
