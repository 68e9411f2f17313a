roundtrip --no-extensions --via text --format json wrong-types.json missing.json
