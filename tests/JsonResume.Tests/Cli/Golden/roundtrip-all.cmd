roundtrip valid.json wrong-types.json old-names.json
