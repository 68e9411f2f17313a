validate --fail-on error --ignore JR2003 config/old-names.json config/bad-contact.json
# The command line wins: --fail-on error over the file's failOn warning; --ignore adds to the file's ignore list.
