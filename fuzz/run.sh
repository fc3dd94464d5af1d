#!/usr/bin/env bash
# Builds every fuzz target and runs each for SECONDS (default 60), one after
# another, on the stable toolchain. Exits non-zero as soon as a target finds
# a crash, a timeout (a hang) or runs out of memory; the input is left in
# fuzz/artifacts/<target>/.
#
#   fuzz/run.sh 30                # 30 s per target
#   FUZZ_SEED=1 FUZZ_RUNS=4000 TARGETS=ftl_page fuzz/run.sh 120   # as CI (.ci/run): the same inputs each run
#   SANITIZER=address fuzz/run.sh 600
#
# The committed corpus (fuzz/corpus/<target>) and the crash regressions
# (fuzz/regressions/<target>) seed each run; new inputs go to
# fuzz/corpus-work/<target> (ignored by git), so a run never changes the
# committed corpus. To fold what a run found into it:
#   RUSTC_BOOTSTRAP=1 cargo fuzz cmin -s none TARGET fuzz/corpus-work/TARGET
# (then copy the minimized files into fuzz/corpus/TARGET), see README.md.
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
'' | *[!0-9]*)
    echo "usage: fuzz/run.sh SECONDS" >&2
    exit 2
    ;;
esac
sanitizer="${SANITIZER:-none}"
targets="${TARGETS:-markup ftl_page layout_mixed}"

cd "$(dirname "$0")/.."
# cargo-fuzz passes -Z flags to rustc: allow them on a stable toolchain.
export RUSTC_BOOTSTRAP=1

cargo fuzz build -s "$sanitizer"
for t in $targets; do
    mkdir -p "fuzz/corpus-work/$t" "fuzz/corpus/$t" "fuzz/regressions/$t" "fuzz/artifacts/$t"
        dict=()
    if [ -f "fuzz/$t.dict" ]; then
        dict=("-dict=fuzz/$t.dict")
    fi
    # FUZZ_SEED fixes libFuzzer's random seed; unset, every run differs.
    # FUZZ_RUNS stops a target after that many inputs. CI sets both, so a
    # run tries the same inputs on any machine, however fast: a time limit
    # alone made a slower or faster machine explore further than the run
    # checked before submitting, and find an old bug there. SECONDS still
    # caps the time.
    if [ -n "${FUZZ_SEED:-}" ]; then
        dict+=("-seed=$FUZZ_SEED")
    fi
    if [ -n "${FUZZ_RUNS:-}" ]; then
        dict+=("-runs=$FUZZ_RUNS")
    fi
    echo "== fuzz target $t: $seconds s${FUZZ_RUNS:+ or $FUZZ_RUNS inputs}" >&2
    # -timeout: an input that runs longer than 10 s is a hang (a crash).
    # One process, one job (libFuzzer's default; `-jobs=1 -workers=1` would
    # do the same in a child process that logs to fuzz-0.log instead).
    cargo fuzz run -s "$sanitizer" "$t" \
        "fuzz/corpus-work/$t" "fuzz/corpus/$t" "fuzz/regressions/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="fuzz/artifacts/$t/" "${dict[@]}"
done
echo "== no crash in $targets ($seconds s each)" >&2
