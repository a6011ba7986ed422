import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged } from '../settings/store';
import type { EffectiveSettings } from '../settings/resolve';

/** The effective settings, kept current when the user or an administrator changes them. */
export function useSettings(): EffectiveSettings | null {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = onSettingsChanged((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
