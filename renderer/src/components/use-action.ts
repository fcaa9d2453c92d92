// One way to run a clerk's action: busy while it runs, a Chinese success line, the core's Chinese
// refusal as an error line, and nothing else changed on the screen when it fails.
import { App } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api';

export function useAction(): { busy: boolean; run: <T>(work: () => Promise<T>, success: (value: T) => string) => Promise<T | undefined> } {
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const run = async <T,>(work: () => Promise<T>, success: (value: T) => string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const value = await work();
      void message.success(success(value));
      return value;
    } catch (e) {
      void message.error(errorMessage(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
