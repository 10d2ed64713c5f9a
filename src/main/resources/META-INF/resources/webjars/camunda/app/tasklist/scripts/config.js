/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// DonDoc: replaces the webjar's config.js (an override replaces ALL of it), so Camunda's shipped
// defaults (the keyboard shortcuts) are kept below.
import dondocConfig from '../../welcome/scripts/dondoc-config.js';

export default dondocConfig('Công việc', {
  customScripts: [
    // "Bảng điều khiển" entry in the header, linking to DonDoc's dashboard
    'scripts/dondoc-dashboard-link',
    // Camunda Forms' validation messages in Vietnamese
    'scripts/dondoc-form-messages'
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận việc đối với công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển con trỏ tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển con trỏ tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển con trỏ tới ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại bắt đầu quy trình'
    }
  }
});
