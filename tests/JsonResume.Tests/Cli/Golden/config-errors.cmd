validate config-broken/valid.json
