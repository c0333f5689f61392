"""Turn twitter-text's conformance cases for X's weighted length (v3, the
weights X uses) into JSON for tests/surfaces.rs, marking the cases outside
what commstrat counts: a bare domain that twitter-text takes for a link, and
a case about which link hosts are valid.

Usage: x_conformance.py validate.yml out.json
"""
import json
import re
import sys

import yaml

cases = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["tests"][
    "WeightedTweetsWithDiscountedEmojiCounterTest"
]
bare = re.compile(r"(?<![/\w@.])(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.I)
for case in cases:
    text = case["text"]
    case["bare_domain"] = bool(bare.search(re.sub(r"https?://\S+", "", text)))
    case["host_validity"] = bool(re.search(r"punycode|invalid domain", case["description"], re.I))
json.dump(cases, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(cases)} conformance cases, {sum(c['bare_domain'] or c['host_validity'] for c in cases)} outside commstrat's counting")
