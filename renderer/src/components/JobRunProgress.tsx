import { Button, Progress, Stack, Text, type MantineSpacing } from '@mantine/core';
import type { JobRun } from '../hooks/use-job-run';

/**
 * The bar and cancel button of a job a screen started (useJobRun), shown only while it runs. `label` names the
 * bar (with its percent) and is its text unless `text` says something else; each screen keeps its own words.
 */
export function JobRunProgress({
  run,
  label,
  text = label,
  cancelLabel,
  gap = 4,
}: {
  run: Pick<JobRun<unknown>, 'running' | 'progress' | 'cancel'>;
  label: string;
  text?: string;
  cancelLabel: string;
  gap?: MantineSpacing | number;
}) {
  if (!run.running) return null;
  return (
    <Stack gap={gap}>
      <Text size="sm">{text}</Text>
      <Progress value={run.progress} animated aria-label={label} />
      <Button size="compact-sm" variant="subtle" color="red" w="fit-content" onClick={run.cancel}>
        {cancelLabel}
      </Button>
    </Stack>
  );
}
