validate --format yaml valid.json
