validate --format sarif *.json
