migrate legacy/legacy.json
