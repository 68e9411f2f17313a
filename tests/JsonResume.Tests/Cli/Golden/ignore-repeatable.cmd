validate --ignore JR2005 --ignore jr2004 old-names.json bad-contact.json
# --ignore is repeatable and case-insensitive; ignored findings are neither shown nor counted.
