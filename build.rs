//! Rebuilds the binary when the built-in content changes: `include_dir!`
//! embeds these folders but cannot tell cargo to watch them.

fn main() {
    for dir in ["topics", "locales", "templates", "fonts"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
