roundtrip truncated.json nothing/*.json
