migrate --format json legacy/legacy.json
