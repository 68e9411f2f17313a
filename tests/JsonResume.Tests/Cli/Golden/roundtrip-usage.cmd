roundtrip --via yaml valid.json
