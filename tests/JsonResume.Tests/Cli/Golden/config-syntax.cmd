validate --config config-broken/syntax.json valid.json
