validate --quiet *.json
