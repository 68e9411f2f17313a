roundtrip --no-extensions --via markdown wrong-types.json valid.json
