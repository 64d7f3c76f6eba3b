#!/usr/bin/env bash
# Runs a command on a private Xvfb server at 1280x720. Xvfb picks a free display number itself
# (-displayfd), so tests run in parallel never race for one as `xvfb-run -a` can; -noreset keeps
# it from resetting between two connections of the program.
set -u
xvfb=${XVFB:-Xvfb}
dir=$(mktemp -d)
"$xvfb" -displayfd 3 -screen 0 1280x720x24 -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/xvfb.log" &
server=$!
for _ in $(seq 1 200); do
  [ -s "$dir/display" ] && break
  sleep 0.05
done
if [ ! -s "$dir/display" ]; then
  echo "with_xvfb: Xvfb did not start:" >&2
  cat "$dir/xvfb.log" >&2
  kill "$server" 2>/dev/null
  rm -rf "$dir"
  exit 125
fi
DISPLAY=":$(head -n1 "$dir/display")" "$@"
rc=$?
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
rm -rf "$dir"
exit $rc
