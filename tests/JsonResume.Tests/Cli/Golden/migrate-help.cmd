migrate --help
