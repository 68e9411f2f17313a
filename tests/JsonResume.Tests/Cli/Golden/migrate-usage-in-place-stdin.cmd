migrate --in-place -
