//! cargo-fuzz target `ftl_page`: see `fuzz/props.rs` for what it checks.

#![no_main]

#[path = "../props.rs"]
mod props;

libfuzzer_sys::fuzz_target!(|data: &[u8]| props::ftl_page(data));
