"""Temporal event-graph forecasting and its benchmark."""
from .bench import evaluate, run_benchmark
from .data import TKG, load_tkg
from .model import Forecaster, Settings, baseline_settings

__all__ = ["Forecaster", "Settings", "TKG", "baseline_settings", "evaluate", "load_tkg",
           "run_benchmark"]
