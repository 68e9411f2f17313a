validate --format json *.json
