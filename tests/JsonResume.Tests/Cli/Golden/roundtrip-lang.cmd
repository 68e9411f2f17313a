roundtrip valid.json --via all --lang pl
