migrate --format json legacy.json
