// The row of a widget that trains or plays: Play (Pause while it plays), Step and Reset. Play and
// Step are off once the run has finished; Reset always starts it over.
import { createButtons } from "./controls.ts";

export interface RunHandlers {
  play(): void;
  step(): void;
  reset(): void;
}

export interface RunButtons {
  readonly element: HTMLDivElement;
  setPlaying(playing: boolean): void;
  setFinished(finished: boolean): void;
}

export function createRunButtons(on: RunHandlers): RunButtons {
  const row = createButtons([
    { label: "Play", onClick: on.play, primary: true },
    { label: "Step", onClick: on.step },
    { label: "Reset", onClick: on.reset },
  ]);
  return {
    element: row.element,
    setPlaying(playing) {
      row.buttons[0].textContent = playing ? "Pause" : "Play";
    },
    setFinished(finished) {
      row.setDisabled(0, finished);
      row.setDisabled(1, finished);
    },
  };
}
