validate --config nowhere.json valid.json
