validate --format sarif -
< truncated.json
