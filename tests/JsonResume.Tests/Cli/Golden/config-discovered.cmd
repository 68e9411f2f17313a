validate config/old-names.json config/legacy/old-names.json config/bad-contact.json
# config/.jsonresume.json: JR2004 ignored and failOn warning everywhere; legacy/*.json also ignores JR2005 and fails on errors only.
