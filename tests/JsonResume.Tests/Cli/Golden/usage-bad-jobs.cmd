validate --jobs -1 valid.json
