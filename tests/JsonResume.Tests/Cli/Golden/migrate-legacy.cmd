migrate legacy.json
