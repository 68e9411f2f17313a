validate --format json --ignore JR1005,JR2003 bad-contact.json
# Comma-separated codes; the JSON report's rules object describes every code left.
