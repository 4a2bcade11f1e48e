import '@xterm/xterm/css/xterm.css';
import { Box, Button, Group, Select, Slider, Stack, Text } from '@mantine/core';
import { Terminal } from '@xterm/xterm';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Recording } from '../../api/recording';
import { SPEEDS, clock, framesBetween } from './playback';

const TICK_MS = 50;

/** Plays an asciicast-like recording in xterm.js: play/pause, seek, speed. */
export function TerminalPlayer({ recording, label }: { recording: Recording; label: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  const writtenRef = useRef(0);
  const positionRef = useRef(0);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<string>('1');
  const { duration } = recording;

  // Seeking back starts a fresh terminal: replaying from an empty screen is the only exact way.
  const [generation, setGeneration] = useState(0);

  const renderTo = useCallback(
    (seconds: number) => {
      const term = termRef.current;
      if (!term) return;
      const { text, nextIndex } = framesBetween(recording, writtenRef.current, seconds);
      if (text) term.write(text);
      writtenRef.current = nextIndex;
    },
    [recording],
  );

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const term = new Terminal({
      cols: recording.width,
      rows: recording.height,
      disableStdin: true,
      cursorBlink: false,
      fontSize: 13,
      scrollback: 1000,
    });
    term.open(host);
    termRef.current = term;
    writtenRef.current = 0;
    renderTo(positionRef.current);
    return () => {
      term.dispose();
      termRef.current = null;
    };
  }, [recording, renderTo, generation]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      const next = Math.min(duration, positionRef.current + ((now - last) / 1000) * Number(speed));
      last = now;
      positionRef.current = next;
      renderTo(next);
      setPosition(next);
      if (next >= duration) setPlaying(false);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, duration, renderTo]);

  function seek(seconds: number) {
    const back = seconds < positionRef.current;
    positionRef.current = seconds;
    if (back) setGeneration((current) => current + 1);
    else renderTo(seconds);
    setPosition(seconds);
  }

  function toggle() {
    if (!playing && positionRef.current >= duration) seek(0);
    setPlaying(!playing);
  }

  return (
    <Stack gap="sm">
      <Box
        ref={hostRef}
        role="region"
        aria-label={label}
        p="xs"
        bg="#000"
        style={{ borderRadius: 6, overflowX: 'auto' }}
      />
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Button onClick={toggle} w={90}>
          {playing ? 'Pause' : 'Play'}
        </Button>
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="xs" c="dimmed" aria-live="off">
            Position {clock(position)} of {clock(duration)}
          </Text>
          <Slider
            thumbLabel="Position in seconds"
            min={0}
            max={Math.max(duration, 0.1)}
            step={0.1}
            value={position}
            label={(value) => clock(value)}
            onChange={seek}
          />
        </Stack>
        <Select
          label="Speed"
          data={SPEEDS.map((value) => ({ value, label: `${value}×` }))}
          value={speed}
          allowDeselect={false}
          onChange={(value) => value && setSpeed(value)}
          w={90}
        />
      </Group>
    </Stack>
  );
}
