from enum import StrEnum


class OrderStrategyStatus(StrEnum):
    ACTIVESTRATEGY = "ActiveStrategy"
    EXECUTIONFAILED = "ExecutionFailed"
    EXECUTIONFINISHED = "ExecutionFinished"
    EXECUTIONINTERRUPTED = "ExecutionInterrupted"
    INACTIVESTRATEGY = "InactiveStrategy"
    NOTENOUGHLIQUIDITY = "NotEnoughLiquidity"
    STOPPEDBYUSER = "StoppedByUser"

    def __str__(self) -> str:
        return str(self.value)
