#!/usr/bin/env python3
"""Writes a large, fictional résumé for timing whole commands (docs/benchmarks.md): every entry of a seed résumé
(default examples/resume.json) repeated, with a counter in its name, until the JSON reaches about SIZE_MB megabytes
before indentation (37.5 gives a 50 MB file). Output goes where asked; keep it out of the repository.

usage: bench/make-large-resume.py OUT SIZE_MB [SEED]
"""
import copy, json, sys

out, size_mb = sys.argv[1], float(sys.argv[2])
seed = json.load(open(sys.argv[3] if len(sys.argv) > 3 else "examples/resume.json", encoding="utf-8"))
target = int(size_mb * 1024 * 1024)
resume = copy.deepcopy(seed)
sections = [k for k, v in seed.items() if isinstance(v, list)]
size, n = len(json.dumps(resume)), 0
while size < target:
    for key in sections:
        for item in seed[key]:
            entry = copy.deepcopy(item)
            for field in ("name", "company", "institution", "title", "organization"):
                if isinstance(entry.get(field), str):
                    entry[field] = f"{entry[field]} {n}"
            resume[key].append(entry)
            size += len(json.dumps(entry)) + 2
    n += 1
json.dump(resume, open(out, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
