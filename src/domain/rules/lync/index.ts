// Microsoft Lync Server 2010/2013 and Skype for Business Server 2015/2019 rules: RULES.md section B, rules 20–56,
// in catalogue order.
import type { Rule } from "../rule";
import { LYNC_DIR_1 } from "./lync-dir-1";
import { LYNC_DIR_2 } from "./lync-dir-2";
import { LYNC_DISCOVER_1 } from "./lync-discover-1";
import { LYNC_EDGE_AUTOENROLL_1 } from "./lync-edge-autoenroll-1";
import { LYNC_EDGE_EXPORT_2 } from "./lync-edge-export-2";
import { LYNC_EDGE_EXT_1 } from "./lync-edge-ext-1";
import { LYNC_EDGE_EXT_2 } from "./lync-edge-ext-2";
import { LYNC_EDGE_EXT_3 } from "./lync-edge-ext-3";
import { LYNC_EDGE_EXT_4 } from "./lync-edge-ext-4";
import { LYNC_EDGE_EXT_5 } from "./lync-edge-ext-5";
import { LYNC_EDGE_EXT_6 } from "./lync-edge-ext-6";
import { LYNC_EDGE_EXT_7 } from "./lync-edge-ext-7";
import { LYNC_EDGE_EXT_8 } from "./lync-edge-ext-8";
import { LYNC_EDGE_INT_1 } from "./lync-edge-int-1";
import { LYNC_EDGE_INT_2 } from "./lync-edge-int-2";
import { LYNC_EDGE_POOL_1 } from "./lync-edge-pool-1";
import { LYNC_EDGE_ROLL_1 } from "./lync-edge-roll-1";
import { LYNC_FE_DEFAULT_1 } from "./lync-fe-default-1";
import { LYNC_FE_KEY_1 } from "./lync-fe-key-1";
import { LYNC_FE_MEET_1 } from "./lync-fe-meet-1";
import { LYNC_FE_SIPINT_1 } from "./lync-fe-sipint-1";
import { LYNC_FE_WEBEXT_1 } from "./lync-fe-webext-1";
import { LYNC_FE_WEBINT_1 } from "./lync-fe-webint-1";
import { LYNC_LPE_1 } from "./lync-lpe-1";
import { LYNC_MED_1 } from "./lync-med-1";
import { LYNC_NAME_1 } from "./lync-name-1";
import { LYNC_OAUTH_1 } from "./lync-oauth-1";
import { LYNC_RP_1 } from "./lync-rp-1";
import { LYNC_SBA_1 } from "./lync-sba-1";
import { LYNC_SRV_1 } from "./lync-srv-1";
import { LYNC_SRV_2 } from "./lync-srv-2";
import { LYNC_SRV_3 } from "./lync-srv-3";
import { LYNC_SRV_4 } from "./lync-srv-4";
import { LYNC_UCDEVICE_1 } from "./lync-ucdevice-1";
import { LYNC_WILDCARD_1 } from "./lync-wildcard-1";
import { LYNC_WILDCARD_2 } from "./lync-wildcard-2";
import { LYNC_XMPP_SFB2019_1 } from "./lync-xmpp-sfb2019-1";

export const LYNC_RULES: Rule[] = [
  LYNC_EDGE_EXT_1, // 20
  LYNC_EDGE_EXT_2,
  LYNC_EDGE_EXT_3,
  LYNC_EDGE_EXT_4,
  LYNC_EDGE_EXT_5,
  LYNC_EDGE_EXT_6, // 25
  LYNC_EDGE_EXT_7,
  LYNC_EDGE_EXT_8,
  LYNC_EDGE_POOL_1,
  LYNC_EDGE_EXPORT_2,
  LYNC_EDGE_AUTOENROLL_1, // 30
  LYNC_EDGE_ROLL_1,
  LYNC_EDGE_INT_1,
  LYNC_EDGE_INT_2,
  LYNC_WILDCARD_1,
  LYNC_WILDCARD_2, // 35
  LYNC_LPE_1,
  LYNC_UCDEVICE_1,
  LYNC_SRV_1,
  LYNC_SRV_2,
  LYNC_SRV_3, // 40
  LYNC_SRV_4,
  LYNC_XMPP_SFB2019_1,
  LYNC_FE_DEFAULT_1,
  LYNC_FE_WEBINT_1,
  LYNC_FE_WEBEXT_1, // 45
  LYNC_FE_MEET_1,
  LYNC_DISCOVER_1,
  LYNC_FE_SIPINT_1,
  LYNC_FE_KEY_1,
  LYNC_DIR_1, // 50
  LYNC_DIR_2,
  LYNC_RP_1,
  LYNC_MED_1,
  LYNC_SBA_1,
  LYNC_OAUTH_1, // 55
  LYNC_NAME_1,
];
